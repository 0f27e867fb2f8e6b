/** Placeholder: being built. */
export default function MyReportsPage() {
  return <div>MyReportsPage</div>;
}
