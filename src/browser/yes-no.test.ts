import { describe, expect, it } from 'vitest';
import { yesNoAnswer } from './yes-no.ts';

describe("the goal's answer to a yes/no question", () => {
  const visa = 'Do you need a student visa to study in the UK?';
  it('answers by the thing the question asks one needs or wants, when its other verbs go unsaid', () => {
    expect(yesNoAnswer('Enrol Lucas, he needs a student visa, passport 18AB42317', visa)).toBe(true);
    expect(yesNoAnswer("Sign Anna up; she doesn't need a visa", visa)).toBe(false);
    expect(yesNoAnswer('from Dublin, no visa needed', visa)).toBe(false);
    expect(
      yesNoAnswer('Check out and I would like a printed receipt please', 'Would you like a printed receipt?'),
    ).toBe(true);
    expect(yesNoAnswer('Book the room, we have no pets', 'Do you have any pets?')).toBe(false);
  });
  it('still reads the verbs the question asks about, and stays silent when the goal says nothing of it', () => {
    expect(
      yesNoAnswer('Insure my family for a snowboarding holiday', 'Will you be skiing or snowboarding?'),
    ).toBe(true);
    expect(yesNoAnswer('Apply for web design online as Omar', visa)).toBeNull();
    expect(yesNoAnswer('Book the room for two nights', 'Do you have any pets?')).toBeNull();
  });
});
