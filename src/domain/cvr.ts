const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A CVR number is 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
export function isValidCvr(value: string): boolean {
  if (!/^[0-9]{8}$/.test(value)) {
    return false;
  }
  const sum = [...value].reduce((total, digit, index) => total + Number(digit) * CVR_WEIGHTS[index], 0);
  return sum % 11 === 0;
}
