/** The API's answers about reference data (src/server/modules/reference), shared with the browser. */
export interface Db07Code {
  code: string;
  title: string;
  level: number;
}
