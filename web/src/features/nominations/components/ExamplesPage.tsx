/** /khen-thuong/dien-hinh — placeholder. */
export default function ExamplesPage() {
  return null;
}
