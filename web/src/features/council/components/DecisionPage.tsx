/** /khen-thuong/quyet-dinh/:id — placeholder. */
export default function DecisionPage() {
  return null;
}
