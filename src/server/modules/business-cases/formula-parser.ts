/**
 * Test support: reads the subset of Excel formulas the business-case export writes into a tree
 * (see formula-evaluator.ts). Excel's precedence, lowest first: comparison, &, + −, * /, ^,
 * negation; so −2^2 is (−2)^2 = 4, and ^ is left-associative.
 */
export type Node =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "ref"; sheet: string; address: string }
  | { kind: "range"; sheet: string; from: string; to: string }
  | { kind: "name"; name: string }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "unary"; operator: string; operand: Node }
  | { kind: "binary"; operator: string; left: Node; right: Node };

// One capturing alternative per kind of token, in this order.
const TOKEN = new RegExp(
  String.raw`\s*(?:` +
    [
      String.raw`("(?:[^"]|"")*")`, // text
      String.raw`(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)`, // number
      String.raw`((?:'[^']+'|[A-Za-z_][A-Za-z0-9_]*)!\$?[A-Z]{1,3}\$?\d+)`, // cell on another sheet
      String.raw`(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_(])`, // cell
      String.raw`([A-Za-z_][A-Za-z0-9_.]*)`, // name or function
      String.raw`(<=|>=|<>|[=<>+\-*/^&(),:])`, // operator
    ].join("|") +
    ")",
  "y",
);

interface Token {
  type: "text" | "number" | "ref" | "name" | "op";
  value: string;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(TOKEN.lastIndex))) {
      break;
    }
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match) {
      throw new Error(`Cannot read formula at ${start}: ${formula}`);
    }
    const [, text, number, sheetRef, ref, name, op] = match;
    if (text !== undefined) {
      tokens.push({ type: "text", value: text.slice(1, -1).replace(/""/g, '"') });
    } else if (number !== undefined) {
      tokens.push({ type: "number", value: number });
    } else if (sheetRef !== undefined || ref !== undefined) {
      tokens.push({ type: "ref", value: (sheetRef ?? ref).replace(/\$/g, "") });
    } else if (name !== undefined) {
      tokens.push({ type: "name", value: name });
    } else {
      tokens.push({ type: "op", value: op });
    }
  }
  return tokens;
}

export function parse(formula: string, sheet: string): Node {
  const tokens = tokenize(formula);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (...values: string[]): boolean => peek()?.type === "op" && values.includes(peek()?.value ?? "");
  const expect = (value: string): void => {
    if (!isOp(value)) {
      throw new Error(`Expected ${value} in ${formula}`);
    }
    position += 1;
  };
  const splitRef = (text: string): { sheet: string; address: string } => {
    const bang = text.lastIndexOf("!");
    return bang < 0
      ? { sheet, address: text }
      : { sheet: text.slice(0, bang).replace(/^'|'$/g, ""), address: text.slice(bang + 1) };
  };
  const binary = (next: () => Node, operators: string[]) => (): Node => {
    let left = next();
    while (isOp(...operators)) {
      const operator = tokens[position].value;
      position += 1;
      left = { kind: "binary", operator, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = peek();
    if (!token) {
      throw new Error(`Unexpected end of ${formula}`);
    }
    position += 1;
    if (token.type === "number") {
      return { kind: "number", value: Number(token.value) };
    }
    if (token.type === "text") {
      return { kind: "text", value: token.value };
    }
    if (token.type === "ref") {
      const from = splitRef(token.value);
      if (isOp(":")) {
        position += 1;
        const to = tokens[position];
        position += 1;
        return { kind: "range", sheet: from.sheet, from: from.address, to: splitRef(to.value).address };
      }
      return { kind: "ref", ...from };
    }
    if (token.type === "name") {
      if (isOp("(")) {
        position += 1;
        const args: Node[] = [];
        while (!isOp(")")) {
          args.push(comparison());
          if (isOp(",")) {
            position += 1;
          }
        }
        expect(")");
        return { kind: "call", name: token.value.toUpperCase(), args };
      }
      return { kind: "name", name: token.value };
    }
    if (token.value === "(") {
      const inner = comparison();
      expect(")");
      return inner;
    }
    throw new Error(`Unexpected ${token.value} in ${formula}`);
  };
  const unary = (): Node => {
    if (isOp("-", "+")) {
      const operator = tokens[position].value;
      position += 1;
      return { kind: "unary", operator, operand: unary() };
    }
    return primary();
  };
  const power = binary(unary, ["^"]);
  const term = binary(power, ["*", "/"]);
  const additive = binary(term, ["+", "-"]);
  const concat = binary(additive, ["&"]);
  const comparison: () => Node = binary(concat, ["=", "<>", "<", ">", "<=", ">="]);
  const node = comparison();
  if (position !== tokens.length) {
    throw new Error(`Unexpected ${tokens[position].value} in ${formula}`);
  }
  return node;
}
