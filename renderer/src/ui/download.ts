// Handing a file to the person: a Blob behind an a[download]. In Electron that opens the save
// dialog; in browser mode it is an ordinary download.
export function downloadFile(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download may start after click() returns; revoking at once could cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
