/** /dot-thi-dua/:id/bang-dieu-khien — placeholder until the dashboard lands. */
export default function DashboardPage() {
  return null;
}
