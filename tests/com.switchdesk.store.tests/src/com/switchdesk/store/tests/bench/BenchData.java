package com.switchdesk.store.tests.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deterministic customers for the benchmarks: row i always gives the same name and numbers. Three in four
 * names are Chinese (a common surname and one or two given-name characters), the rest Latin; every customer
 * has a unique mobile number, every fifth also a Beijing landline written with the country code.
 */
final class BenchData {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕";
	private static final String[] LATIN = { "Smith", "Jones", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Moore" };

	private BenchData() {
	}

	static String name(long i) {
		long h = mix(i);
		if (h % 4 == 3) {
			return LATIN[(int) ((h >>> 8) % LATIN.length)] + " " + (char) ('A' + (h >>> 16) % 26) + ". " + i;
		}
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt((int) ((h >>> 8) % SURNAMES.length())));
		name.append(GIVEN.charAt((int) ((h >>> 20) % GIVEN.length())));
		if ((h >>> 32) % 3 != 0) {
			name.append(GIVEN.charAt((int) ((h >>> 36) % GIVEN.length())));
		}
		return name.toString();
	}

	/** @return a unique 11-digit mobile number for every i below 100 million */
	static String mobile(long i) {
		long n = (i * 48_271L) % 100_000_000L; // a permutation of 0..99,999,999 (48271 is prime to 10^8)
		return "13" + (char) ('0' + (int) (i % 10)) + String.format("%08d", n);
	}

	/** @return a landline for every fifth customer, "" for the others */
	static String landline(long i) {
		return i % 5 == 0 ? String.format("+86 10 %04d %04d", (i / 10_000) % 10_000, i % 10_000) : "";
	}

	static String company(long i) {
		return "Company " + (mix(i) % 5_000);
	}

	/** Writes rows [0, rows) as a customer CSV with a header. */
	static void writeCsv(Path file, int rows) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("name,phone,email,company,notes,ringtone\n");
			for (int i = 0; i < rows; i++) {
				out.write(name(i) + "," + mobile(i) + ",c" + i + "@example.com," + company(i) + ",note " + i + ",tone-"
						+ (i % 5) + "\n");
			}
		}
	}

	private static long mix(long i) {
		long z = i * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		return (z ^ (z >>> 27)) & Long.MAX_VALUE;
	}
}
