/** The prescription of a referral to an activity: its data, and the same as a one-page PDF. */
export { loadPrescription, type PrescriptionData, type PrescriptionPlace } from './data';
export { contactLines, prescriptionPdf, type PdfOptions } from './pdf';
