/** Placeholder: being built. */
export default function ReviewInboxPage() {
  return <div>ReviewInboxPage</div>;
}
