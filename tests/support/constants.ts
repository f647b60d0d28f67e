/** The migrated, empty database that every test file's database is copied from. */
export const TEMPLATE_DATABASE = 'indgang_template';
