/** Remove spaces, markdown marks, the year and punctuation variants so that titles compare by words. */
export function compactTitle(title: string): string {
  return title
    .replace(/[#*`>\s\u3000]/g, '')
    .replace(/^[-–—•·]+/, '')
    .replace(/\(\d{4}年度?\)|（\d{4}年度?）/g, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/["“”'‘’]/g, '"');
}
