import { cycleLocaleOf, hasYear, yearWithQuarters } from './cycle-plan';

describe('a year and its quarters', () => {
  it('names them as Korean speakers say them', () => {
    const { year, quarters } = yearWithQuarters(2027, 'ko');
    expect(year).toEqual({ name: '2027년', kind: 'year', startDate: '2027-01-01', endDate: '2027-12-31' });
    expect(quarters.map((q) => q.name)).toEqual(['2027년 1분기', '2027년 2분기', '2027년 3분기', '2027년 4분기']);
  });

  it('covers the year with four quarters, end to end, in English too', () => {
    const { quarters } = yearWithQuarters(2028, 'en');
    expect(quarters.map((q) => [q.name, q.startDate, q.endDate])).toEqual([
      ['2028 Q1', '2028-01-01', '2028-03-31'],
      ['2028 Q2', '2028-04-01', '2028-06-30'],
      ['2028 Q3', '2028-07-01', '2028-09-30'],
      ['2028 Q4', '2028-10-01', '2028-12-31'],
    ]);
  });

  it('reads the locale from the UI locale, and knows a year already set up', () => {
    expect(cycleLocaleOf('ko-KR')).toBe('ko');
    expect(cycleLocaleOf('en-US')).toBe('en');
    expect(cycleLocaleOf(undefined)).toBe('en');
    const cycles = [{ id: 'y', name: '2027', kind: 'year' as const, startDate: '2027-01-01', endDate: '2027-12-31', version: 1 }];
    expect(hasYear(cycles, 2027)).toBe(true);
    expect(hasYear(cycles, 2028)).toBe(false);
  });
});
