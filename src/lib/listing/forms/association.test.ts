import { describe, expect, it } from 'vitest';
import { associationFormState, parseAssociationForm } from './association';

const DISTRICT = '11111111-1111-4111-8111-111111111111';
const CONTACT = '22222222-2222-4222-8222-222222222222';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.set('_csrf', 'token');
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const valid = {
  name: '  Vesterbro Borgerhjælp ',
  alternateName: '',
  description: 'Vi hjælper naboer.\r\n\r\nRing til os.',
  email: 'kontakt@example.dk',
  phone: ' +45  12345678 ',
  website: 'borgerhjaelp.example.dk',
  cvr: '1234 5678',
  districtId: DISTRICT,
  'contacts.0.id': CONTACT,
  'contacts.0.name': 'Koordinator',
  'contacts.0.title': '',
  'contacts.0.email': '',
  'contacts.0.phone': '87654321',
  'contacts.0.visibility': 'internal',
  'contacts.1.name': 'Ny Person',
  'contacts.1.email': 'ny@example.dk',
  'contacts.1.visibility': 'public',
  'contacts.2.name': '',
  'contacts.2.visibility': 'public',
};

describe('the association profile form', () => {
  it('turns a valid form into exactly the values to save', () => {
    const result = parseAssociationForm(form(valid), 'da', [{ id: DISTRICT }]);
    expect(result).toEqual({
      ok: true,
      data: {
        name: 'Vesterbro Borgerhjælp',
        alternateName: null,
        description: 'Vi hjælper naboer.\n\nRing til os.',
        email: 'kontakt@example.dk',
        phone: '+45 12345678',
        website: 'https://borgerhjaelp.example.dk',
        cvr: '12345678',
        districtId: DISTRICT,
        contacts: [
          { id: CONTACT, name: 'Koordinator', title: null, email: null, phone: '87654321', visibility: 'internal' },
          { name: 'Ny Person', title: null, email: 'ny@example.dk', phone: null, visibility: 'public' },
        ],
      },
    });
  });

  it('drops a contact whose "Fjern" is ticked', () => {
    const result = parseAssociationForm(form({ ...valid, 'contacts.0.remove': 'true' }), 'da', [{ id: DISTRICT }]);
    expect(result.ok && result.data.contacts.map((c) => c.name)).toEqual(['Ny Person']);
  });

  it('puts each Danish message on its own field and keeps what was typed', () => {
    const result = parseAssociationForm(
      form({ ...valid, name: '', cvr: '1234', email: 'ikke-en-adresse', phone: '123', website: 'ikke en adresse', 'contacts.1.email': '' }),
      'da',
      [{ id: DISTRICT }],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: 'Udfyld feltet ”Foreningens navn”.',
      email: 'Skriv en gyldig e-mailadresse, fx navn@forening.dk.',
      phone: 'Skriv et telefonnummer med 8 cifre, fx 12 34 56 78. Et udenlandsk nummer skal begynde med landekoden, fx +46.',
      website: 'Skriv en gyldig webadresse, fx www.forening.dk.',
      cvr: 'CVR-nummeret skal være 8 cifre, fx 12345678.',
      'contacts.1.email': 'Skriv en e-mailadresse eller et telefonnummer, så man kan komme i kontakt.',
    });
    expect(result.state.cvr).toBe('1234');
    expect(result.state.contacts).toHaveLength(3);
  });

  it('speaks English on the English form', () => {
    const result = parseAssociationForm(form({ ...valid, cvr: '12' }), 'en', [{ id: DISTRICT }]);
    expect(!result.ok && result.errors.cvr).toBe('The CVR number must be 8 digits, e.g. 12345678.');
  });

  it('refuses a district that is not in the list', () => {
    const result = parseAssociationForm(form({ ...valid, districtId: 'bydel-der-ikke-findes' }), 'da', [{ id: DISTRICT }]);
    expect(!result.ok && result.errors.districtId).toBe('Vælg en af mulighederne på listen.');
  });

  it('shows stored values in the form, with two empty rows for new contacts', () => {
    const state = associationFormState({
      name: 'Forening',
      alternateName: null,
      description: '',
      email: null,
      phone: '12 34 56 78',
      website: null,
      cvr: null,
      districtId: null,
      contacts: [{ id: CONTACT, name: 'Koordinator', title: null, email: 'k@example.dk', phone: null, visibility: 'public' }],
    });
    expect(state.phone).toBe('12 34 56 78');
    expect(state.contacts).toEqual([
      { id: CONTACT, name: 'Koordinator', title: '', email: 'k@example.dk', phone: '', visibility: 'public' },
      { visibility: 'public' },
      { visibility: 'public' },
    ]);
  });
});
