/** The envelope of every list answer of the API that is not paged. */
export interface ItemList<T> {
  items: T[];
}

/** The envelope of a paged list answer. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
