package com.switchdesk.pbx.sim.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.switchdesk.pbx.Scheduler.Cancellable;
import com.switchdesk.pbx.event.CallCause;
import com.switchdesk.pbx.event.WakeUpAttempted;
import com.switchdesk.pbx.event.WakeUpOrdersChanged;
import com.switchdesk.pbx.model.PartyState;
import com.switchdesk.pbx.model.PendingWakeUp;
import com.switchdesk.pbx.model.WakeUpCycle;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.pbx.model.WakeUpOutcome;
import com.switchdesk.pbx.model.WakeUpRecord;

/**
 * Wake-up calls (叫醒业务): at time 1 and time 2 of each enabled order, on the days of its cycle,
 * the PBX rings the room; no answer or busy → it rings again after the retry interval, up to the
 * configured attempts; every attempt goes to the log. A once-only order is disabled when done.
 */
final class WakeUps implements WakeUpHooks {

	/** How long the answered wake-up call plays its message before the PBX hangs up. */
	static final Duration MESSAGE_TIME = Duration.ofSeconds(20);

	private final Exchange x;
	private final CallFlows flows;
	private final Map<String, WakeUpOrder> orders = new TreeMap<>();
	private final Map<String, Cancellable> timers = new HashMap<>();
	private final Map<String, PendingWakeUp> pending = new HashMap<>();
	private final List<WakeUpRecord> log = new ArrayList<>();

	WakeUps(Exchange exchange, CallFlows flows) {
		this.x = exchange;
		this.flows = flows;
		flows.setWakeUpHooks(this);
	}

	void write(WakeUpOrder order) {
		x.extension(order.extension());
		orders.put(order.extension(), order);
		scheduleNext(order.extension(), localNow());
		publishOrders();
	}

	void delete(String extension) {
		x.extension(extension);
		if (orders.remove(extension) != null) {
			cancel(extension);
			pending.remove(extension);
			publishOrders();
		}
	}

	List<WakeUpOrder> orders() {
		return List.copyOf(orders.values());
	}

	List<WakeUpRecord> log() {
		return List.copyOf(log);
	}

	List<PendingWakeUp> pending() {
		return pending.values().stream().sorted(Comparator.comparing(PendingWakeUp::due)
				.thenComparing(PendingWakeUp::extension)).toList();
	}

	// ---- the call model tells us ----

	@Override
	public void answered(SimCall call) {
		WakeUpAttempt a = call.wakeUp;
		record(a, WakeUpOutcome.ANSWERED);
		x.scheduler.schedule(MESSAGE_TIME, () -> {
			if (x.calls.containsKey(call.id)) {
				x.clear(call, CallCause.NORMAL_CLEARING);
			}
		});
		finished(a.extension(), a.scheduled());
	}

	@Override
	public void notAnswered(SimCall call) {
		record(call.wakeUp, WakeUpOutcome.NO_ANSWER);
		retryOrGiveUp(call.wakeUp);
	}

	// ---- scheduling ----

	private void scheduleNext(String extension, LocalDateTime after) {
		cancel(extension);
		WakeUpOrder order = orders.get(extension);
		Optional<LocalDateTime> next = order == null || !order.enabled() ? Optional.empty() : nextTime(order, after);
		if (next.isEmpty()) {
			pending.remove(extension);
			return;
		}
		pending.put(extension, new PendingWakeUp(extension, next.get(), 1));
		at(extension, next.get(), () -> ring(new WakeUpAttempt(extension, next.get(), 1)));
	}

	/** The first wake-up time of the order after {@code after}. */
	static Optional<LocalDateTime> nextTime(WakeUpOrder order, LocalDateTime after) {
		for (int d = 0; d <= 7; d++) {
			LocalDate day = after.toLocalDate().plusDays(d);
			if (!order.ringsOn(day.getDayOfWeek())) {
				continue;
			}
			List<LocalTime> times = new ArrayList<>(List.of(order.time1()));
			order.time2().ifPresent(times::add);
			for (LocalTime t : times) {
				LocalDateTime candidate = day.atTime(t);
				if (candidate.isAfter(after)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	private void ring(WakeUpAttempt attempt) {
		timers.remove(attempt.extension());
		pending.remove(attempt.extension());
		if (x.hasCalls(attempt.extension()) || x.extension(attempt.extension()).outOfService) {
			record(attempt, WakeUpOutcome.BUSY);
			retryOrGiveUp(attempt);
			return;
		}
		SimCall call = x.newCall();
		call.wakeUp = attempt;
		call.add(CallFlows.WAKE_UP_SERVICE, false, PartyState.INITIATED);
		call.add(attempt.extension(), false, PartyState.ALERTING);
		x.changed(call, CallCause.DELIVERED);
		flows.ringTimeout(call, attempt.extension());
	}

	private void retryOrGiveUp(WakeUpAttempt a) {
		if (a.attempt() < x.config.wakeUp().attempts()) {
			LocalDateTime due = localNow().plus(x.config.wakeUp().retryInterval());
			WakeUpAttempt next = new WakeUpAttempt(a.extension(), a.scheduled(), a.attempt() + 1);
			pending.put(a.extension(), new PendingWakeUp(a.extension(), due, next.attempt()));
			at(a.extension(), due, () -> ring(next));
		} else {
			record(a, WakeUpOutcome.FAILED);
			finished(a.extension(), a.scheduled());
		}
	}

	/** One wake-up time is done; a once-only order is used up after its last time of the day. */
	private void finished(String extension, LocalDateTime scheduled) {
		WakeUpOrder order = orders.get(extension);
		if (order == null) {
			return;
		}
		boolean lastOfDay = order.time2().map(t -> t.equals(scheduled.toLocalTime())).orElse(true);
		if (order.cycle() == WakeUpCycle.ONCE && lastOfDay) {
			orders.put(extension, order.withEnabled(false));
			pending.remove(extension);
			publishOrders();
		} else {
			scheduleNext(extension, scheduled);
		}
	}

	private void record(WakeUpAttempt a, WakeUpOutcome outcome) {
		WakeUpRecord r = new WakeUpRecord(a.extension(), a.scheduled(), localNow(), a.attempt(), outcome);
		log.add(r);
		x.events.publish(seq -> new WakeUpAttempted(seq, r));
	}

	private void at(String extension, LocalDateTime when, Runnable task) {
		Duration delay = Duration.between(localNow(), when);
		timers.put(extension, x.scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, task));
	}

	private void cancel(String extension) {
		Cancellable c = timers.remove(extension);
		if (c != null) {
			c.cancel();
		}
	}

	private void publishOrders() {
		List<WakeUpOrder> all = orders();
		x.events.publish(seq -> new WakeUpOrdersChanged(seq, all));
	}

	private LocalDateTime localNow() {
		return LocalDateTime.ofInstant(x.now(), x.config.zone());
	}
}
