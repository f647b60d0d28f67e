export { deliverDueMails, type MailTransport, smtpTransport } from './deliver';
export { absoluteUrl } from './links';
export { eraseOldMails, listMails, type OutgoingMail, queueMail, type Queryable } from './queue';
