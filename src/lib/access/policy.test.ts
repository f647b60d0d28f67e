import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../session/session';
import { safeNextPath } from './guard';
import { isStaff, mayActForAssociation, mayAdminister, mayCoordinate, mayReview } from './policy';

const user = (over: Partial<SessionUser>): SessionUser => ({
  id: 'u',
  email: 'u@example.dk',
  name: 'U',
  role: 'member',
  administrationId: null,
  associationIds: [],
  isDemo: false,
  ...over,
});

const memberOfA = user({ role: 'member', associationIds: ['A'] });
const staffOfSof = user({ role: 'staff', administrationId: 'SOF' });
const coordinatorOfSof = user({ role: 'coordinator', administrationId: 'SOF' });
const admin = user({ role: 'admin' });

describe('who may do what', () => {
  it('lets a member act only for their own association', () => {
    expect(mayActForAssociation(memberOfA, 'A')).toBe(true);
    expect(mayActForAssociation(memberOfA, 'B')).toBe(false);
    expect(mayActForAssociation(null, 'A')).toBe(false);
    expect(mayActForAssociation(admin, 'A')).toBe(false);
  });

  it('lets staff and coordinators review only for their own administration', () => {
    expect(mayReview(staffOfSof, 'SOF')).toBe(true);
    expect(mayReview(coordinatorOfSof, 'SOF')).toBe(true);
    expect(mayReview(staffOfSof, 'SUF')).toBe(false);
    expect(mayReview(memberOfA, 'SOF')).toBe(false);
    expect(mayReview(admin, 'SOF')).toBe(false);
  });

  it('keeps coordinating to the coordinator of the administration', () => {
    expect(mayCoordinate(coordinatorOfSof, 'SOF')).toBe(true);
    expect(mayCoordinate(coordinatorOfSof, 'SUF')).toBe(false);
    expect(mayCoordinate(staffOfSof, 'SOF')).toBe(false);
  });

  it('keeps administering to admins', () => {
    expect(mayAdminister(admin)).toBe(true);
    expect([memberOfA, staffOfSof, coordinatorOfSof, null].map(mayAdminister)).toEqual([false, false, false, false]);
    expect(isStaff(staffOfSof) && isStaff(coordinatorOfSof) && !isStaff(admin) && !isStaff(memberOfA)).toBe(true);
  });
});

describe('the way back after login', () => {
  it('follows a path on this site', () => {
    expect(safeNextPath('/forvaltning/godkendelser?side=2')).toBe('/forvaltning/godkendelser?side=2');
  });

  it('never leads to another site', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeNextPath(bad)).toBe('/konto');
    }
  });
});
