/** /khen-thuong/:id — placeholder. */
export default function NominationPage() {
  return null;
}
