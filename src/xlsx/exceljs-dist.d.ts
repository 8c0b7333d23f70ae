// The browser build of exceljs (no Node streams, no polyfills), used in the app and the CLI alike;
// its types are the package's own.
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import type * as ExcelJS from 'exceljs';

  const excelJs: typeof ExcelJS;
  export default excelJs;
}
