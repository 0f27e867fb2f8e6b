/** /khen-thuong — placeholder. */
export default function NominationsPage() {
  return null;
}
