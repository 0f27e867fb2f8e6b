/** /cong-khai — public list — placeholder. */
export default function PublicDisclosureListPage() {
  return null;
}
