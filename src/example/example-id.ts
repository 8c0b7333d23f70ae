/** The id of the illustrative Bình Dương example; kept apart so screens need not load the example to know it. */
export const EXAMPLE_ID = 'example-binh-duong-2023';
