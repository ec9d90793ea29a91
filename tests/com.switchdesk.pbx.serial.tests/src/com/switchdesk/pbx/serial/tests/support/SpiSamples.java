package com.switchdesk.pbx.serial.tests.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.model.*;

/**
 * Random but valid values of every SPI model type, for property-style round trips. Text mixes ASCII,
 * Chinese and characters outside the BMP, so UTF-8 is exercised; instants carry nanoseconds.
 */
public final class SpiSamples {

	private static final String[] WORDS = { "8001", "8000", "大堂", "前台 总机", "Zimmer 12", "😀", "", "#*0",
			"Ω≈ç", "0123456789012345678901234567890123456789" };

	private final Random random;

	public SpiSamples(long seed) {
		this.random = new Random(seed);
	}

	public Random random() {
		return random;
	}

	public String text() {
		return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "" : Integer.toString(random.nextInt()));
	}

	/** Non-blank text, for fields the records require. */
	public String id() {
		return "x" + text();
	}

	public String digits() {
		StringBuilder b = new StringBuilder();
		int n = 1 + random.nextInt(12);
		for (int i = 0; i < n; i++) {
			b.append("0123456789*#".charAt(random.nextInt(12)));
		}
		return b.toString();
	}

	public boolean bool() {
		return random.nextBoolean();
	}

	public int level() {
		return random.nextInt(16);
	}

	public long sequence() {
		return random.nextBoolean() ? random.nextInt(1000) : random.nextLong();
	}

	public <E extends Enum<E>> E pick(Class<E> type) {
		E[] values = type.getEnumConstants();
		return values[random.nextInt(values.length)];
	}

	public <T> Optional<T> maybe(Supplier<T> value) {
		return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
	}

	public <T> List<T> list(int max, Supplier<T> item) {
		int n = random.nextInt(max + 1);
		List<T> list = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			list.add(item.get());
		}
		return list;
	}

	public Instant instant() {
		return Instant.ofEpochSecond(random.nextLong(-10_000_000_000L, 10_000_000_000L), random.nextInt(1_000_000_000));
	}

	public LocalTime time() {
		return LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay()));
	}

	public LocalDateTime dateTime() {
		return LocalDateTime.of(random.nextInt(1900, 2200), 1 + random.nextInt(12), 1 + random.nextInt(28), 0, 0)
				.with(time());
	}

	public Extension extension() {
		return new Extension(id(), text(), pick(ExtensionKind.class), pick(DeviceState.class), bool());
	}

	public Party party() {
		return new Party(id(), bool(), pick(PartyState.class));
	}

	public Call call() {
		List<Party> parties = list(3, this::party);
		parties.add(party());
		return new Call(id(), parties, instant(), bool() ? "" : text());
	}

	public Forwarding forwarding() {
		return new Forwarding(digits(), bool());
	}

	public OperatorPosition operator() {
		return new OperatorPosition(id(), bool(), bool(), bool(), maybe(this::forwarding));
	}

	public OperatorGroup group() {
		return new OperatorGroup(random.nextInt(), text(), pick(GroupKind.class), list(4, this::text),
				list(4, this::text));
	}

	public PbxInfo info() {
		return new PbxInfo(text(), text(), bool());
	}

	public PbxSnapshot snapshot() {
		return new PbxSnapshot(sequence(), info(), bool(), list(6, this::extension), list(4, this::call),
				list(2, this::operator), list(2, this::group));
	}

	public ExtensionServices services() {
		boolean hotline = bool();
		return ExtensionServices.builder(id()).serviceClass(level()).callWaiting(bool()).nightCallWaiting(bool())
				.callWaitingTone(bool()).callWaitingMode(pick(CallWaitingMode.class))
				.callerIdMode(pick(CallerIdMode.class)).callerIdEnabled(bool())
				.hotline(hotline, hotline ? digits() : text()).noAnswerToOperator(bool()).busyToOperator(bool())
				.maliciousCallTrace(bool()).internalTransfer(bool()).externalTransfer(bool()).transferRecall(bool())
				.outgoingOnBehalf(bool()).globalPickup(bool()).dndInternal(bool()).dndInternalRest(bool())
				.dndExternal(bool()).dndExternalRest(bool()).bargeEnabled(bool()).bargeLevel(level())
				.conferenceChair(bool()).build();
	}

	public WakeUpOrder wakeUpOrder() {
		WakeUpCycle cycle = pick(WakeUpCycle.class);
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (cycle == WakeUpCycle.CUSTOM || bool()) {
			days.add(pick(DayOfWeek.class));
			days.add(pick(DayOfWeek.class));
		}
		LocalTime first = LocalTime.of(random.nextInt(12), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000));
		Optional<LocalTime> second = bool() ? Optional.of(first.plusHours(1 + random.nextInt(11))) : Optional.empty();
		return new WakeUpOrder(id(), first, second, cycle, days, bool());
	}

	public WakeUpRecord wakeUpRecord() {
		return new WakeUpRecord(id(), dateTime(), dateTime(), random.nextInt(), pick(WakeUpOutcome.class));
	}

	public PendingWakeUp pendingWakeUp() {
		return new PendingWakeUp(id(), dateTime(), random.nextInt());
	}

	public ConnectionStatus status() {
		return new ConnectionStatus(pick(com.switchdesk.pbx.ConnectionState.class), text(), maybe(this::instant));
	}

	public CallCause cause() {
		return pick(CallCause.class);
	}
}
