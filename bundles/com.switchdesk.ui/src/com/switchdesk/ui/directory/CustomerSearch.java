package com.switchdesk.ui.directory;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

import com.switchdesk.store.CustomerService;
import com.switchdesk.store.CustomerService.Hit;
import com.switchdesk.store.CustomerService.SearchScope;
import com.switchdesk.store.OperatorSession;

/**
 * Search as you type (F06): a {@link SearchScope#QUICK QUICK} search at every keystroke, a
 * {@link SearchScope#FULL FULL} one after a pause in typing (or at once on Enter). The searches run in the
 * view's {@link Background}; a search that a newer one made pointless is skipped before it starts, and only the
 * newest answer is shown. All methods are called on the display thread.
 */
final class CustomerSearch {

	static final int PAUSE_MILLIS = 400;
	static final int LIMIT = 200;

	/** What the view shows. */
	interface View {
		void showHits(String text, List<Hit> hits, SearchScope scope);

		void showSearching(String text);

		void showFailure(String message);
	}

	private final Display display;
	private final Background background;
	private final Supplier<CustomerService> service;
	private final Supplier<OperatorSession> session;
	private final View view;
	private final AtomicLong latest = new AtomicLong();
	private final Runnable fullSearch = this::searchFull;
	private String text = "";

	CustomerSearch(Display display, Background background, Supplier<CustomerService> service,
			Supplier<OperatorSession> session, View view) {
		this.display = display;
		this.background = background;
		this.service = service;
		this.session = session;
		this.view = view;
	}

	/** The search field changed. */
	void typed(String newText) {
		text = newText.strip();
		long ticket = latest.incrementAndGet();
		display.timerExec(-1, fullSearch);
		if (text.isEmpty()) {
			view.showHits("", List.of(), SearchScope.FULL);
			return;
		}
		view.showSearching(text);
		query(ticket, text, SearchScope.QUICK);
		display.timerExec(PAUSE_MILLIS, fullSearch);
	}

	/** Enter, or the data changed: the full search now. */
	void searchNow() {
		display.timerExec(-1, fullSearch);
		searchFull();
	}

	String text() {
		return text;
	}

	private void searchFull() {
		if (!text.isEmpty()) {
			query(latest.incrementAndGet(), text, SearchScope.FULL);
		}
	}

	private void query(long ticket, String what, SearchScope scope) {
		CustomerService customers = service.get();
		OperatorSession who = session.get();
		if (customers == null || who == null) {
			view.showFailure(Messages.Customers_noStore);
			return;
		}
		background.run(() -> ticket == latest.get() ? customers.search(who, what, scope, LIMIT) : null, hits -> {
			if (hits != null && ticket == latest.get()) {
				view.showHits(what, hits, scope);
			}
		}, error -> {
			if (ticket == latest.get()) {
				view.showFailure(Failures.text(error));
			}
		});
	}
}
