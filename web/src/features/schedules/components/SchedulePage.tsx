/** Placeholder: being built. */
export default function SchedulePage() {
  return <div>SchedulePage</div>;
}
