/** /khen-thuong/quyet-dinh — placeholder. */
export default function DecisionsPage() {
  return null;
}
