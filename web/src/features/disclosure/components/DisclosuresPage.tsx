/** /khen-thuong/cong-khai — placeholder (office). */
export default function DisclosuresPage() {
  return null;
}
