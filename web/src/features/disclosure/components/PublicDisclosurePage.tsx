/** /cong-khai/:id — public, no sign-in — placeholder. */
export default function PublicDisclosurePage() {
  return null;
}
