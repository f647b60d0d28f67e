/** The admin's routing table: which administration a target group or category suggests as receiver. */
export { countRoutingRules, loadRoutingTable, readRoutingForm, type RoutingRow, type RoutingTable, ruleField, saveRoutingTable } from './table';
