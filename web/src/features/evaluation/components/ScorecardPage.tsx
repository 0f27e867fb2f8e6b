/** /dot-thi-dua/:id/ket-qua-don-vi — placeholder until the unit scorecard lands. */
export default function ScorecardPage() {
  return null;
}
