/** Placeholder: being built. */
export default function ReportPage() {
  return <div>ReportPage</div>;
}
