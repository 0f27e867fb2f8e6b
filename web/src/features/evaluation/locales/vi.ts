/** Vietnamese text of evaluation, ranking and the unit scorecard (spread into app/locales/vi.ts). NFC. */
export const evaluationVi = {
  evaluation: {
    heatmap: 'Bản đồ nhiệt',
    ranking: 'Xếp hạng',
    settings: 'Cách chấm điểm',
    scorecard: 'Kết quả của đơn vị',
  },
};
