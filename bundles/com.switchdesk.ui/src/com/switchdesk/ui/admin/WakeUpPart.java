package com.switchdesk.ui.admin;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import com.switchdesk.callcontrol.ExtensionBoard;
import com.switchdesk.callcontrol.PbxConnection;
import com.switchdesk.pbx.model.PendingWakeUp;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.pbx.model.WakeUpRecord;
import com.switchdesk.ui.WidgetIds;

/**
 * Wake-up calls (叫醒业务, seed 3.7): the orders editor (F35), the wake-up log (F36) and the pending
 * list (F37), as three tabs, all read from the PBX and refreshed when it reports wake-up activity.
 */
public class WakeUpPart {

	@Inject
	private UISynchronize ui;

	private PbxConnection connection;
	private ExtensionBoard board;
	private Composite body;
	private WakeUpPresenter presenter;
	private TabFolder tabs;

	@Inject
	void services(@org.eclipse.e4.core.di.annotations.Optional PbxConnection connection,
			@org.eclipse.e4.core.di.annotations.Optional ExtensionBoard board) {
		this.connection = connection;
		this.board = board;
		if (body != null) {
			ui.asyncExec(this::rebuild);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		body = WidgetIds.tag(new Composite(parent, SWT.NONE), "wakeup");
		body.setLayout(new FillLayout());
		rebuild();
	}

	private void rebuild() {
		if (body == null || body.isDisposed()) {
			return;
		}
		stop();
		NotConnected.refill(body, "wakeup.notConnected", connection != null && board != null, this::build);
	}

	private void build() {
		tabs = WidgetIds.tag(new TabFolder(body, SWT.TOP), "wakeup.tabs");
		OrdersTab[] orders = new OrdersTab[1];
		LogTab[] log = new LogTab[1];
		PendingTab[] pending = new PendingTab[1];
		presenter = new WakeUpPresenter(ui, Optional.of(connection), Optional.of(board), new WakeUpPresenter.View() {
			@Override
			public void show(List<WakeUpOrder> o, List<WakeUpRecord> l, List<PendingWakeUp> p) {
				if (!tabs.isDisposed()) {
					orders[0].show(o);
					log[0].show(l);
					pending[0].show(p);
				}
			}

			@Override
			public void failed(String message) {
				if (!tabs.isDisposed()) {
					orders[0].message(message, true);
				}
			}
		});
		orders[0] = new OrdersTab(tabs, presenter, ui);
		log[0] = new LogTab(tabs, presenter);
		pending[0] = new PendingTab(tabs, presenter);
		tab("wakeup.tab.orders", Messages.Tab_orders, orders[0].control());
		tab("wakeup.tab.log", Messages.Tab_log, log[0].control());
		tab("wakeup.tab.pending", Messages.Tab_pending, pending[0].control());
		presenter.start();
	}

	private void tab(String id, String text, Control control) {
		TabItem item = WidgetIds.tag(new TabItem(tabs, SWT.NONE), id);
		item.setText(text);
		item.setControl(control);
	}

	@Focus
	void focus() {
		if (tabs != null && !tabs.isDisposed()) {
			tabs.setFocus();
		} else if (body != null && !body.isDisposed()) {
			body.setFocus();
		}
	}

	@PreDestroy
	void stop() {
		if (presenter != null) {
			presenter.stop();
			presenter = null;
		}
	}
}
