/** /khen-thuong/hoi-dong — placeholder. */
export default function CouncilSessionsPage() {
  return null;
}
