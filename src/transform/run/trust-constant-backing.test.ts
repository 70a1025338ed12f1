/**
 * A constant output is evidence only for inputs like the examples' in what they all shared: not
 * only whole tokens ("+44"), but the lead every value began with ("1Z…" parcel numbers, "INV-…"
 * invoices) and a relation two numbers kept in every example (gross = net × 1.19). A record without
 * it is one the constant was never shown for (issue 11, programs that fit by accident). Data of our
 * own, through `outputCheckProblem` as a run asks it.
 */
import { describe, expect, it } from 'vitest';
import { inferOutputChecks, outputCheckProblem } from './trust.ts';

describe('a constant output over inputs that share a lead', () => {
  // Every example's parcel number is a UPS "1Z" one; a carrier constant fits them by accident.
  const parcels = [
    { input: { parcel: '1Z999AA10123456784' }, output: { carrier: 'UPS' } },
    { input: { parcel: '1Z4F61W90398017345' }, output: { carrier: 'UPS' } },
    { input: { parcel: '1Z0X118A0324011023' }, output: { carrier: 'UPS' } },
  ];
  const checks = inferOutputChecks(parcels);

  it('writes the constant for a value with the same lead', () => {
    expect(outputCheckProblem(checks, { carrier: 'UPS' }, { parcel: '1Z7Y0420H5519203311' })).toBeNull();
  });

  it('sends the constant to review for a value without it', () => {
    expect(outputCheckProblem(checks, { carrier: 'UPS' }, { parcel: '618509691636' })).toMatch(
      /"parcel" does not begin with "1z"/,
    );
    expect(outputCheckProblem(checks, { carrier: 'UPS' }, { parcel: 'JD601188596586397506' })).toMatch(
      /begin/,
    );
  });

  it('finds a shared ending too, and no lead in values that share only digits of magnitude', () => {
    const invoices = [
      { input: { ref: 'A1102EU', amount: '120.00' }, output: { region: 'Europe' } },
      { input: { ref: 'B7781EU', amount: '135.50' }, output: { region: 'Europe' } },
      { input: { ref: 'Q0042EU', amount: '110.10' }, output: { region: 'Europe' } },
    ];
    const c = inferOutputChecks(invoices);
    expect(outputCheckProblem(c, { region: 'Europe' }, { ref: 'C5150US', amount: '120.00' })).toMatch(
      /"ref" does not end with "eu"/,
    );
    // "1" leads every amount, by magnitude only: 990.00 is no different a record
    expect(outputCheckProblem(c, { region: 'Europe' }, { ref: 'C5150EU', amount: '990.00' })).toBeNull();
  });
});

describe('a constant output over numbers that keep one relation', () => {
  // Every example is at 19 %: the rate is constant, and so is gross / net.
  const lines = [
    { input: { net: '100.10', gross: '119.12' }, output: { rate: 19 } },
    { input: { net: '250.30', gross: '297.86' }, output: { rate: 19 } },
    { input: { net: '40.70', gross: '48.43' }, output: { rate: 19 } },
  ];
  const checks = inferOutputChecks(lines);

  it('writes the constant where the relation holds (to the cent)', () => {
    expect(outputCheckProblem(checks, { rate: 19 }, { net: '500.00', gross: '595.00' })).toBeNull();
  });

  it('sends it to review where the relation does not', () => {
    expect(outputCheckProblem(checks, { rate: 19 }, { net: '848.55', gross: '907.95' })).toMatch(
      /"gross" \/ "net" is 1\.07.*every example's was 1\.19/,
    );
  });

  it('holds no relation of numbers that merely vary together by chance, nor of one repeated pair', () => {
    const sizes = [
      { input: { w: '30', h: '41' }, output: { unit: 'cm' } },
      { input: { w: '12', h: '90' }, output: { unit: 'cm' } },
      { input: { w: '55', h: '20' }, output: { unit: 'cm' } },
    ];
    expect(outputCheckProblem(inferOutputChecks(sizes), { unit: 'cm' }, { w: '31', h: '77' })).toBeNull();
  });
});
