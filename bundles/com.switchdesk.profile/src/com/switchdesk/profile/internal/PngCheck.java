package com.switchdesk.profile.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks that a file is a complete, undamaged PNG image and reads its size, with plain Java: chunk
 * structure, every chunk's checksum and the compressed pixel data. This is what SWT needs to load it, so a
 * picture that passes here shows in the console; the check runs without a display (build, packaging).
 */
final class PngCheck {

	/** The size of a good image. */
	record Size(int width, int height) {
		@Override
		public String toString() {
			return width + "x" + height;
		}
	}

	/** Why an image is not usable; the message completes "&lt;file&gt; ...". */
	static final class BadImage extends Exception {
		private static final long serialVersionUID = 1L;

		BadImage(String message) {
			super(message);
		}
	}

	private static final long MAX_BYTES = 8L << 20;
	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private PngCheck() {
	}

	static Size check(Path file) throws IOException, BadImage {
		if (Files.size(file) > MAX_BYTES) {
			throw new BadImage("is larger than 8 MB; use a smaller picture");
		}
		ByteBuffer png = ByteBuffer.wrap(Files.readAllBytes(file));
		for (byte b : SIGNATURE) {
			if (!png.hasRemaining() || png.get() != b) {
				throw new BadImage("is not a PNG image" + formatHint(png.array()) + "; convert it to PNG");
			}
		}
		Size size = null;
		int bitsPerPixel = 0;
		boolean interlaced = false;
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		while (true) {
			if (png.remaining() < 12) {
				throw new BadImage("is truncated (it ends before the IEND chunk); export it again");
			}
			int length = png.getInt();
			if (length < 0 || length > png.remaining() - 8) {
				throw new BadImage("is truncated or damaged (a chunk runs past the end of the file)");
			}
			byte[] typeAndData = new byte[4 + length];
			png.get(typeAndData);
			String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
			CRC32 crc = new CRC32();
			crc.update(typeAndData);
			if ((int) crc.getValue() != png.getInt()) {
				throw new BadImage("is damaged (checksum error in its " + type + " chunk)");
			}
			ByteBuffer data = ByteBuffer.wrap(typeAndData, 4, length);
			if (size == null) {
				if (!type.equals("IHDR") || length != 13) {
					throw new BadImage("is damaged (it does not start with an IHDR chunk)");
				}
				size = new Size(data.getInt(), data.getInt());
				bitsPerPixel = bitsPerPixel(data.get(), data.get());
				interlaced = data.get(12 + 4) != 0;
				if (size.width() <= 0 || size.height() <= 0 || bitsPerPixel == 0) {
					throw new BadImage("has an invalid header (size " + size + ")");
				}
			} else if (type.equals("IDAT")) {
				pixels.write(typeAndData, 4, length);
			} else if (type.equals("IEND")) {
				break;
			}
		}
		checkPixels(pixels.toByteArray(), size, bitsPerPixel, interlaced);
		return size;
	}

	/** Inflates the image data; without interlacing its length is known exactly (a filter byte per row). */
	private static void checkPixels(byte[] compressed, Size size, int bitsPerPixel, boolean interlaced)
			throws BadImage {
		long rowBytes = ((long) size.width() * bitsPerPixel + 7) / 8;
		long expected = interlaced ? -1 : size.height() * (rowBytes + 1);
		if (expected > 64L << 20) {
			throw new BadImage("is too large (" + size + ")");
		}
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(compressed);
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				total += n;
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new BadImage("is damaged (its pixel data is cut short)");
				}
			}
			if (expected >= 0 && total != expected) {
				throw new BadImage("is damaged (pixel data of " + total + " bytes, expected " + expected + ")");
			}
		} catch (DataFormatException e) {
			throw new BadImage("is damaged (its pixel data cannot be decompressed)");
		} finally {
			inflater.end();
		}
	}

	/** @return bits per pixel for a valid bit depth and colour type combination, 0 otherwise */
	private static int bitsPerPixel(byte bitDepth, byte colourType) {
		int channels = switch (colourType) {
		case 0, 3 -> 1;
		case 2 -> 3;
		case 4 -> 2;
		case 6 -> 4;
		default -> 0;
		};
		boolean validDepth = switch (colourType) {
		case 0 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8 || bitDepth == 16;
		case 3 -> bitDepth == 1 || bitDepth == 2 || bitDepth == 4 || bitDepth == 8;
		default -> bitDepth == 8 || bitDepth == 16;
		};
		return validDepth ? channels * bitDepth : 0;
	}

	private static String formatHint(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
			return " (it is a JPEG)";
		}
		if (bytes.length >= 3 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
			return " (it is a GIF)";
		}
		if (bytes.length >= 5 && new String(bytes, 0, Math.min(bytes.length, 256),
				StandardCharsets.ISO_8859_1).contains("<svg")) {
			return " (it is an SVG drawing)";
		}
		return bytes.length == 0 ? " (the file is empty)" : "";
	}
}
