package uk.placewise.assess;

import java.util.ArrayList;
import java.util.List;

/**
 * The code of a rule file as the Java compiler, MVEL and the DRL parser all read it: identifiers,
 * numbers, literals and punctuation, with comments dropped. Anything on which those readers could
 * disagree (so that one of them sees code where another sees a comment or a string) is not read at
 * all but refused: Java unicode escapes ({@code \u0022}, which the compiler turns into code before it
 * sees comments or strings), a backslash outside a literal, text blocks, literals or comments left
 * open, and characters outside printable ASCII in code (Java ignores some of them inside names).
 */
final class RuleTokens {

	enum Kind {
		IDENT, NUMBER, LITERAL, PUNCT
	}

	/** One token and the line (from 1) it starts on. */
	record Token(Kind kind, String text, int line) {

		boolean is(String s) {
			return kind != Kind.LITERAL && text.equals(s);
		}

		boolean ident() {
			return kind == Kind.IDENT;
		}
	}

	/** A place where the text cannot be read safely: its line and why. */
	record Problem(int line, String token, String message) {
	}

	private final List<Token> tokens = new ArrayList<>();

	private final List<Problem> problems = new ArrayList<>();

	private RuleTokens() {
	}

	List<Token> tokens() {
		return tokens;
	}

	List<Problem> problems() {
		return problems;
	}

	static RuleTokens of(String text) {
		RuleTokens out = new RuleTokens();
		out.read(text);
		return out;
	}

	private void read(String s) {
		int line = 1;
		int i = s.startsWith("\uFEFF") ? 1 : 0; // the byte order mark some editors write first
		int unicode = s.indexOf("\\u");
		while (unicode >= 0) {
			problems.add(new Problem(lineAt(s, unicode), "\\u", "a Java unicode escape (\\u" + hex(s, unicode)
					+ ") is not allowed in rules, not even in a comment or text: type the character itself"));
			unicode = s.indexOf("\\u", unicode + 2);
		}
		while (i < s.length()) {
			char c = s.charAt(i);
			char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
			if (c == '\n') {
				line++;
				i++;
			}
			else if (c == '\r' || c == ' ' || c == '\t' || c == '\f') {
				i++;
			}
			else if (c == '/' && next == '/') {
				while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
					i++;
				}
			}
			else if (c == '/' && next == '*') {
				int end = s.indexOf("*/", i + 2);
				if (end < 0) {
					problems.add(new Problem(line, "/*", "a comment is opened with /* and never closed with */"));
					return;
				}
				line += count(s, i, end, '\n');
				i = end + 2;
			}
			else if (c == '"' || c == '\'') {
				if (c == '"' && s.startsWith("\"\"\"", i)) {
					problems.add(new Problem(line, "\"\"\"", "text blocks (\"\"\") are not allowed in rules"));
					return;
				}
				int end = i + 1;
				while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
					end += s.charAt(end) == '\\' ? 2 : 1;
				}
				if (end >= s.length() || s.charAt(end) != c) {
					problems.add(new Problem(line, String.valueOf(c), "a text in quotes (" + c + ") is not closed on its line"));
					return;
				}
				tokens.add(new Token(Kind.LITERAL, s.substring(i, end + 1), line));
				i = end + 1;
			}
			else if (Character.isDigit(c)) {
				int end = number(s, i);
				tokens.add(new Token(Kind.NUMBER, s.substring(i, end), line));
				i = end;
			}
			else if (identStart(c)) {
				int end = i + 1;
				while (end < s.length() && identPart(s.charAt(end))) {
					end++;
				}
				tokens.add(new Token(Kind.IDENT, s.substring(i, end), line));
				i = end;
			}
			else if (c == ':' && next == ':') {
				tokens.add(new Token(Kind.PUNCT, "::", line));
				i += 2;
			}
			else if (c == '-' && next == '>') {
				tokens.add(new Token(Kind.PUNCT, "->", line));
				i += 2;
			}
			else if (c > 32 && c < 127 && c != '\\') {
				tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line));
				i++;
			}
			else {
				problems.add(new Problem(line, String.valueOf(c), (c == '\\' ? "a backslash (\\)"
						: "the character U+" + String.format("%04X", (int) c)) + " is not allowed in rule code "
						+ "(only in comments and in texts in quotes)"));
				i++;
			}
		}
	}

	/** Digits, one decimal point followed by a digit, an exponent, a type suffix; hex and binary. */
	private static int number(String s, int i) {
		int end = i;
		if (s.startsWith("0x", i) || s.startsWith("0X", i) || s.startsWith("0b", i) || s.startsWith("0B", i)) {
			end += 2;
			while (end < s.length() && (Character.digit(s.charAt(end), 16) >= 0 || s.charAt(end) == '_')) {
				end++;
			}
			return end < s.length() && (s.charAt(end) == 'l' || s.charAt(end) == 'L') ? end + 1 : end;
		}
		while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '_')) {
			end++;
		}
		if (end + 1 < s.length() && s.charAt(end) == '.' && Character.isDigit(s.charAt(end + 1))) {
			end++;
			while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '_')) {
				end++;
			}
		}
		if (end < s.length() && (s.charAt(end) == 'e' || s.charAt(end) == 'E')) {
			int e = end + 1;
			if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
				e++;
			}
			if (e < s.length() && Character.isDigit(s.charAt(e))) {
				end = e;
				while (end < s.length() && Character.isDigit(s.charAt(end))) {
					end++;
				}
			}
		}
		if (end < s.length() && "lLfFdDbBiI".indexOf(s.charAt(end)) >= 0) {
			end++;
		}
		return end;
	}

	private static boolean identStart(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
	}

	private static boolean identPart(char c) {
		return identStart(c) || c >= '0' && c <= '9';
	}

	private static int count(String s, int from, int to, char c) {
		int n = 0;
		for (int j = from; j < to; j++) {
			if (s.charAt(j) == c) {
				n++;
			}
		}
		return n;
	}

	private static int lineAt(String s, int index) {
		return 1 + count(s, 0, index, '\n');
	}

	private static String hex(String s, int at) {
		int end = at + 2;
		while (end < s.length() && end < at + 8 && (Character.digit(s.charAt(end), 16) >= 0 || s.charAt(end) == 'u')) {
			end++;
		}
		return s.substring(at + 2, end);
	}
}
