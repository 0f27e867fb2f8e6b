import { z } from 'zod';
import { NOMINATION_STATUSES, RATINGS, VOTE_CHOICES } from './rules.ts';

/** Rewards API contract: the award catalogue, people, nominations and council sessions. */

const Text = (max: number, min = 0, msg = 'Nhập nội dung') =>
  z
    .string()
    .transform((s) =>
      s
        .normalize('NFC')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .pipe(z.string().min(min, msg).max(max, `Tối đa ${max} ký tự`));
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD');

export const NominationStatusEnum = z.enum(NOMINATION_STATUSES);
export const RatingEnum = z.enum(RATINGS);
export const VoteChoiceEnum = z.enum(VOTE_CHOICES);
export const Subject = z.enum(['collective', 'individual']);
export const SUBJECT_LABELS = {
  collective: { vi: 'Tập thể', en: 'Collective' },
  individual: { vi: 'Cá nhân', en: 'Individual' },
} as const;

export const CriterionRuleOut = z.object({
  type: z.enum(['min_rating', 'no_discipline', 'not_rewarded_same_achievement', 'min_title_share', 'check']),
  rating: RatingEnum.optional(),
  share: z.number().optional(),
});

export const AwardType = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  subject: Subject,
  kind: z.enum(['title', 'award']),
  authority: z.enum(['ward', 'city']),
  authorityLabel: z.string(),
  legalBasis: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  cashMultiplier: z.number().nullable(),
  criteria: z.array(z.object({ code: z.string(), label: z.string(), rule: CriterionRuleOut })),
  inForce: z.boolean(),
});
export type AwardType = z.infer<typeof AwardType>;

export const Person = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  fullName: z.string(),
  position: z.string(),
  directWorker: z.boolean(),
  underDiscipline: z.boolean(),
  ratings: z.record(z.string(), RatingEnum),
  version: z.number().int(),
});
export type Person = z.infer<typeof Person>;

export const PersonCreate = z.object({
  unitId: z.number().int().positive(),
  fullName: Text(120, 1, 'Nhập họ và tên'),
  position: Text(120).default(''),
  directWorker: z.boolean().default(false),
  underDiscipline: z.boolean().default(false),
  ratings: z.record(z.string().regex(/^\d{4}$/, 'Năm gồm 4 chữ số'), RatingEnum).default({}),
});
export type PersonCreate = z.infer<typeof PersonCreate>;

const NominationFields = z.object({
  awardTypeId: z.number().int().positive(),
  achievement: Text(5000, 20, 'Tóm tắt thành tích (ít nhất 20 ký tự)'),
  indicatorIds: z.array(z.number().int().positive()).max(50).default([]),
  exampleId: z.number().int().positive().nullable().default(null),
  directWorker: z.boolean().default(false),
  smallCollective: z.boolean().default(false),
  rating: RatingEnum.nullable()
    .default(null)
    .describe("A collective's rating for the year (individuals: from the person)"),
  members: z.number().int().positive().max(100000).nullable().default(null),
  titledMembers: z.number().int().min(0).max(100000).nullable().default(null),
});

export const NominationCreate = NominationFields.extend({
  campaignId: z.number().int().positive(),
  proposerUnitId: z.number().int().positive(),
  subject: Subject,
  nomineeUnitId: z.number().int().positive().nullable().default(null),
  personId: z.number().int().positive().nullable().default(null),
});
export type NominationCreate = z.infer<typeof NominationCreate>;

export const NominationUpdate = NominationFields.partial().extend({ version: z.number().int().positive() });
export type NominationUpdate = z.infer<typeof NominationUpdate>;

export const CriterionResultOut = z.object({
  code: z.string(),
  label: z.string(),
  kind: z.enum(['rule', 'check']),
  passed: z.boolean().nullable(),
  reason: z.string(),
});

export const Nomination = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  proposerUnitId: z.number().int(),
  proposerUnitName: z.string(),
  award: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    authority: z.enum(['ward', 'city']),
  }),
  subject: Subject,
  nomineeUnitId: z.number().int().nullable(),
  personId: z.number().int().nullable(),
  nomineeName: z.string(),
  nomineeUnitName: z.string(),
  achievement: z.string(),
  indicatorIds: z.array(z.number().int()),
  exampleId: z.number().int().nullable(),
  directWorker: z.boolean(),
  smallCollective: z.boolean(),
  rating: RatingEnum.nullable(),
  members: z.number().int().nullable(),
  titledMembers: z.number().int().nullable(),
  checklist: z.record(z.string(), z.boolean()),
  eligibility: z.object({
    eligible: z.boolean(),
    complete: z.boolean(),
    results: z.array(CriterionResultOut),
  }),
  status: NominationStatusEnum,
  statusReason: z.string().nullable(),
  checkDueOn: z.string().nullable(),
  councilResult: z
    .object({
      sessionId: z.number().int(),
      text: z.string(),
      approved: z.boolean().nullable(),
      yesShare: z.number().nullable(),
    })
    .nullable(),
  /** The decision or proposal that settled it ("27/QĐ-UBND", 2025-12-20). */
  decision: z
    .object({
      id: z.number().int(),
      kind: z.enum(['decision', 'proposal']),
      reference: z.string(),
      signedOn: z.string(),
    })
    .nullable(),
  /** The dossier's files (achievement report, minutes, photos). */
  files: z.array(
    z.object({
      id: z.number().int(),
      fileName: z.string(),
      mimeType: z.string(),
      sizeBytes: z.number().int(),
      uploadedAt: z.string(),
    }),
  ),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Nomination = z.infer<typeof Nomination>;

export const NominationList = z.object({ items: z.array(Nomination) });

export const NominationTransition = z.object({
  version: z.number().int().positive(),
  reason: Text(2000).optional(),
  /** accept_dossier: the checklist items the office ticked (criterion code → true). */
  checklist: z.record(z.string().max(40), z.boolean()).optional(),
});
export type NominationTransition = z.infer<typeof NominationTransition>;

export const CouncilSessionCreate = z.object({
  campaignId: z.number().int().positive(),
  title: Text(300, 1, 'Nhập tên phiên họp'),
  meetsOn: IsoDate,
  quorum: z
    .number()
    .gt(0)
    .max(1, 'Tỷ lệ tối đa 100 %')
    .default(2 / 3),
  threshold: z.number().gt(0).max(1, 'Tỷ lệ tối đa 100 %').default(0.7),
  base: z.enum(['members', 'participants']).default('members'),
  ballot: z.enum(['open', 'secret']).default('secret'),
  memberIds: z.array(z.number().int().positive()).min(1, 'Chọn thành viên Hội đồng').max(50),
  nominationIds: z.array(z.number().int().positive()).min(1, 'Chọn hồ sơ đưa ra Hội đồng').max(500),
});
export type CouncilSessionCreate = z.infer<typeof CouncilSessionCreate>;

export const Attendance = z.enum(['present', 'written', 'absent']);
export const AttendanceSave = z.object({ userId: z.number().int().positive(), attendance: Attendance });
export const RecusalSave = z.object({
  nominationId: z.number().int().positive(),
  reason: Text(500, 1, 'Nhập lý do không tham gia biểu quyết'),
});
export const BallotSave = z.object({
  votes: z
    .array(z.object({ nominationId: z.number().int().positive(), choice: VoteChoiceEnum }))
    .min(1, 'Phiếu trống')
    .max(500),
});
export type BallotSave = z.infer<typeof BallotSave>;

export const TallyOut = z.object({
  quorumReached: z.boolean(),
  base: z.number().int(),
  yes: z.number().int(),
  no: z.number().int(),
  abstain: z.number().int(),
  yesShare: z.number().nullable(),
  approved: z.boolean().nullable(),
  text: z.string(),
});

export const CouncilSession = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  title: z.string(),
  meetsOn: z.string(),
  quorum: z.number(),
  threshold: z.number(),
  base: z.enum(['members', 'participants']),
  ballot: z.enum(['open', 'secret']),
  status: z.enum(['open', 'closed']),
  members: z.array(
    z.object({
      userId: z.number().int(),
      fullName: z.string(),
      attendance: Attendance,
      hasVoted: z.boolean(),
    }),
  ),
  items: z.array(
    z.object({
      nominationId: z.number().int(),
      nomineeName: z.string(),
      awardName: z.string(),
      recused: z.array(z.object({ userId: z.number().int(), fullName: z.string(), reason: z.string() })),
      /** Open ballot only: who voted how. */
      votes: z.array(z.object({ userId: z.number().int(), choice: VoteChoiceEnum })),
      result: TallyOut.nullable(),
    }),
  ),
  /** Whether the signed-in user may vote now, and has. */
  me: z.object({ member: z.boolean(), canVote: z.boolean(), hasVoted: z.boolean() }),
  version: z.number().int(),
});
export type CouncilSession = z.infer<typeof CouncilSession>;

export const DisclosureCreate = z.object({
  campaignId: z.number().int().positive(),
  title: Text(300, 1, 'Nhập tiêu đề đợt công khai'),
  startsOn: IsoDate,
  endsOn: IsoDate,
  nominationIds: z.array(z.number().int().positive()).min(1, 'Chọn hồ sơ cần công khai').max(500),
});
export type DisclosureCreate = z.infer<typeof DisclosureCreate>;

/** What the public sees of a nominee: no personal data beyond name, unit, award and the achievement summary. */
export const PublicNominee = z.object({
  nominationId: z.number().int(),
  subject: Subject,
  name: z.string(),
  unitName: z.string(),
  awardName: z.string(),
  achievement: z.string(),
});

export const PublicDisclosure = z.object({
  id: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  campaignTitle: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  /** Objections are accepted from the first to the last day (inclusive). */
  open: z.boolean(),
  items: z.array(PublicNominee),
});
export type PublicDisclosure = z.infer<typeof PublicDisclosure>;
export const PublicDisclosureList = z.object({
  items: z.array(PublicDisclosure.omit({ items: true }).extend({ nominees: z.number().int() })),
});

export const ObjectionCreate = z.object({
  nominationId: z.number().int().positive(),
  content: Text(4000, 20, 'Nội dung phản ánh cần ít nhất 20 ký tự'),
  contact: Text(200).nullable().optional(),
});
export type ObjectionCreate = z.infer<typeof ObjectionCreate>;

export const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export const OBJECTION_STATUS_LABELS = {
  open: { vi: 'Chưa giải quyết', en: 'Open' },
  upheld: { vi: 'Phản ánh đúng – không khen thưởng', en: 'Upheld' },
  dismissed: { vi: 'Phản ánh không có cơ sở', en: 'Dismissed' },
} as const;
export const Objection = z.object({
  id: z.number().int(),
  disclosureId: z.number().int(),
  nominationId: z.number().int(),
  nomineeName: z.string(),
  content: z.string(),
  contact: z.string().nullable(),
  status: z.enum(OBJECTION_STATUSES),
  resolution: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Objection = z.infer<typeof Objection>;
export const ObjectionResolve = z.object({
  status: z.enum(['upheld', 'dismissed']),
  resolution: Text(2000, 1, 'Nhập lý do giải quyết'),
});

export const Disclosure = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  open: z.boolean(),
  ended: z.boolean(),
  publicUrl: z.string(),
  items: z.array(PublicNominee.extend({ status: NominationStatusEnum, openObjections: z.number().int() })),
  objections: z.array(Objection),
});
export type Disclosure = z.infer<typeof Disclosure>;

export const DecisionCreate = z.object({
  campaignId: z.number().int().positive(),
  /** decision: the Chairman's Quyết định (ward awards); proposal: the Tờ trình to the city (higher awards). */
  kind: z.enum(['decision', 'proposal']),
  number: z.number().int().positive().max(99999),
  signedOn: IsoDate,
  signerName: Text(120, 1, 'Nhập người ký'),
  nominationIds: z.array(z.number().int().positive()).min(1, 'Chọn người, tập thể được khen thưởng').max(500),
});
export type DecisionCreate = z.infer<typeof DecisionCreate>;

export const Decision = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  kind: z.enum(['decision', 'proposal']),
  number: z.number().int(),
  symbol: z.string(),
  /** "15/QĐ-UBND" */
  reference: z.string(),
  signedOn: z.string(),
  signerName: z.string(),
  items: z.array(
    z.object({
      nominationId: z.number().int(),
      subject: Subject,
      name: z.string(),
      unitName: z.string(),
      awardName: z.string(),
      cashMultiplier: z.number().nullable(),
    }),
  ),
});
export type Decision = z.infer<typeof Decision>;

export const RewardStats = z.object({
  campaignId: z.number().int(),
  nominations: z.number().int(),
  awarded: z.number().int(),
  byAward: z.array(
    z.object({ code: z.string(), name: z.string(), nominated: z.number().int(), awarded: z.number().int() }),
  ),
  byUnit: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      nominated: z.number().int(),
      awarded: z.number().int(),
    }),
  ),
  /** Shares of the awarded (0–1; null when nothing is awarded yet). */
  directWorkerShare: z.number().nullable(),
  smallCollectiveShare: z.number().nullable(),
  directWorkers: z.number().int(),
  smallCollectives: z.number().int(),
  individualsAwarded: z.number().int(),
  collectivesAwarded: z.number().int(),
  /** Refused nominations (by the council, by the office, or after an upheld objection) and why; returned dossiers are counted. */
  rejected: z.number().int(),
  rejectedShare: z.number().nullable(),
  returned: z.number().int(),
  reasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
});
export type RewardStats = z.infer<typeof RewardStats>;

export const EXAMPLE_STAGES = ['discovered', 'nurtured', 'replicated'] as const;
export const EXAMPLE_STAGE_LABELS = {
  discovered: { vi: 'Phát hiện', en: 'Discovered' },
  nurtured: { vi: 'Bồi dưỡng', en: 'Nurtured' },
  replicated: { vi: 'Nhân rộng', en: 'Replicated' },
} as const;
export const ExampleFields = z.object({
  unitId: z.number().int().positive(),
  campaignId: z.number().int().positive().nullable().default(null),
  title: Text(300, 1, 'Nhập tên điển hình, mô hình'),
  field: Text(120, 1, 'Nhập lĩnh vực'),
  description: Text(5000, 10, 'Mô tả ít nhất 10 ký tự'),
  stage: z.enum(EXAMPLE_STAGES).default('discovered'),
  replicatedUnitIds: z.array(z.number().int().positive()).max(500).default([]),
});
export const ExampleCreate = ExampleFields;
export type ExampleCreate = z.infer<typeof ExampleCreate>;
export const ExampleUpdate = ExampleFields.omit({ unitId: true })
  .partial()
  .extend({ version: z.number().int().positive() });
export type ExampleUpdate = z.infer<typeof ExampleUpdate>;
export const AdvancedExample = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  campaignId: z.number().int().nullable(),
  title: z.string(),
  field: z.string(),
  description: z.string(),
  stage: z.enum(EXAMPLE_STAGES),
  replicatedUnits: z.array(z.object({ id: z.number().int(), name: z.string() })),
  nominations: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AdvancedExample = z.infer<typeof AdvancedExample>;
