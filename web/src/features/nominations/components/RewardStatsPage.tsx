/** /khen-thuong/thong-ke — placeholder. */
export default function RewardStatsPage() {
  return null;
}
