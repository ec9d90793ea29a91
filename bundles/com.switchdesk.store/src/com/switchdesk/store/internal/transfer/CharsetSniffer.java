package com.switchdesk.store.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.switchdesk.store.ProblemCode;
import com.switchdesk.store.internal.Messages;
import com.switchdesk.store.transfer.ImportProblem;

/**
 * Finds a file's encoding, or the line where it goes wrong. A UTF-8 byte-order mark, or bytes that are valid
 * UTF-8, mean UTF-8. A file that starts as good UTF-8 with non-ASCII text and then has an invalid byte is a
 * damaged UTF-8 file, not GBK (decoding it as GBK would import garbled names). Anything else must be valid GBK.
 */
final class CharsetSniffer {

	static final Charset GBK = Charset.forName("GBK");

	/** The outcome: an encoding, or a problem. */
	record Result(Charset charset, ImportProblem problem) {
	}

	/** How far a strict decoding got. */
	private record Scan(boolean valid, long badLine, long nonAscii) {
	}

	private CharsetSniffer() {
	}

	/** @param forced the encoding the user chose, or null to detect it */
	static Result detect(Path file, Charset forced) throws IOException {
		if (forced != null) {
			Scan scan = scan(file, forced);
			return scan.valid() ? new Result(forced, null) : bad(scan.badLine(), "csv.notInCharset", forced.displayName());
		}
		if (hasUtf8Bom(file)) {
			Scan scan = scan(file, StandardCharsets.UTF_8);
			return scan.valid() ? new Result(StandardCharsets.UTF_8, null) : bad(scan.badLine(), "csv.badUtf8");
		}
		Scan utf8 = scan(file, StandardCharsets.UTF_8);
		if (utf8.valid()) {
			return new Result(StandardCharsets.UTF_8, null);
		}
		if (utf8.nonAscii() > 0) {
			return bad(utf8.badLine(), "csv.badUtf8");
		}
		Scan gbk = scan(file, GBK);
		return gbk.valid() ? new Result(GBK, null) : bad(gbk.badLine(), "csv.neitherUtf8NorGbk");
	}

	static boolean hasUtf8Bom(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(3);
			return start.length == 3 && (start[0] & 0xff) == 0xEF && (start[1] & 0xff) == 0xBB && (start[2] & 0xff) == 0xBF;
		}
	}

	private static Result bad(long line, String key, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = line;
		System.arraycopy(more, 0, arguments, 1, more.length);
		return new Result(null, new ImportProblem(line, "", ProblemCode.BAD_ENCODING, Messages.get(key, arguments)));
	}

	/** Decodes the whole file strictly, counting lines (LF bytes) up to the first bad byte. */
	private static Scan scan(Path file, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		long line = 1;
		long nonAscii = 0;
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				if (read > 0) {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				int before = bytes.position();
				CoderResult result = decoder.decode(bytes, chars, end);
				line += count(bytes.array(), before, bytes.position(), (byte) '\n');
				if (result.isError()) {
					return new Scan(false, line, nonAscii);
				}
				if (end && decoder.flush(chars).isError()) {
					return new Scan(false, line, nonAscii);
				}
				chars.flip();
				while (chars.hasRemaining()) {
					if (chars.get() > 0x7f) {
						nonAscii++;
					}
				}
				chars.clear();
				bytes.compact();
			}
		}
		return new Scan(true, 0, nonAscii);
	}

	private static long count(byte[] array, int from, int to, byte value) {
		long n = 0;
		for (int i = from; i < to; i++) {
			if (array[i] == value) {
				n++;
			}
		}
		return n;
	}
}
