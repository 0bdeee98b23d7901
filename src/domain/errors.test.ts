import { DomainError, isDomainError } from './errors';

describe('DomainError', () => {
  it('carries a code and an optional field', () => {
    const error = new DomainError('check-in-value-out-of-range', { field: 'value' });
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('check-in-value-out-of-range');
    expect(error.field).toBe('value');
    expect(error.message).toBe('check-in-value-out-of-range (value)');
    const bare = new DomainError('cycle-period-invalid', { message: 'Not a quarter: 5' });
    expect(bare.field).toBeUndefined();
    expect(bare.message).toBe('Not a quarter: 5');
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
