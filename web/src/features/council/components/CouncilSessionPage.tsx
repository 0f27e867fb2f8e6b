/** /khen-thuong/hoi-dong/:id — placeholder. */
export default function CouncilSessionPage() {
  return null;
}
