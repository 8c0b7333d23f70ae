/**
 * A short mark after a value ("provisional", "baseline"). The space before it is real text, so a
 * screen reader reads "49.6 provisional", not "49.6provisional".
 */
export function Tag({ children }: { children: string }) {
  return (
    <>
      {' '}
      <span className="tag">{children}</span>
    </>
  );
}
