import type { Metadata } from "next";
import { getSite } from "@/lib/content";
import { leavingQuicklyPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import "@/components/ContentTree.css";

export async function generateMetadata(): Promise<Metadata> {
  const { collective } = await getSite();
  return pageMetadata(collective, {
    title: "Leaving quickly and browsing safely",
    description: "What the “Exit this page” button does and does not do, and how to browse privately and clear your history.",
    path: leavingQuicklyPath(),
  });
}

export default async function LeavingQuicklyPage() {
  const { collective } = await getSite();
  const exitHost = new URL(collective.exitUrl).host;
  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">Your safety</p>
        <h1>Leaving quickly and browsing safely</h1>
        <p className="lede">
          If someone might see what you are reading, the &ldquo;Exit this page&rdquo; button at the top of every page takes you
          somewhere ordinary at once. Here is what it does, what it cannot do, and how to leave fewer traces.
        </p>
      </header>
      <div className="prose">
        <h2>What the button does</h2>
        <ul>
          <li>
            It opens an ordinary, unrelated website ({exitHost}) in the same tab, straight away. The page you were reading
            is covered the moment you press it.
          </li>
          <li>
            It takes the page you were reading out of that tab&rsquo;s Back button, so pressing Back does not bring it
            straight back.
          </li>
          <li>
            On a computer you can also press the <kbd>Shift</kbd> key three times in a row, within five seconds, from
            anywhere on the page. Small marks under the button count the presses. Typing a capital letter does not count.
          </li>
          <li>That website is not told which page you came from.</li>
        </ul>
        <p>
          If JavaScript is turned off in your browser, the button is an ordinary link: it still takes you away at once,
          but Back returns to this site and the Shift shortcut does not work.
        </p>

        <h2>What it cannot do</h2>
        <ul>
          <li>
            It cannot erase what your browser has already recorded. Pages of this site you opened before still appear in
            your history, in other tabs, and in suggestions when you type an address.
          </li>
          <li>It does not close other tabs or windows that have this site open.</li>
          <li>
            It cannot hide your visit from anyone who can watch your device or your network: monitoring apps, a work or
            school network, or your internet provider.
          </li>
        </ul>
        <p>
          This site sets no cookies, runs no trackers and loads nothing from other websites, so no advertiser or other
          company learns that you were here. Your own browser still keeps its history unless you tell it not to.
        </p>

        <h2>Browse privately</h2>
        <p>
          A private window does not keep history, cookies or what you type into forms once you close it. Open one before
          you visit, and close it when you are done.
        </p>
        <ul>
          <li>
            <strong>Chrome</strong>: menu (three dots) → New Incognito window. Keyboard: <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>
            , or <kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> on a Mac. On a phone: three dots → New Incognito tab.
          </li>
          <li>
            <strong>Safari</strong>: File → New Private Window (<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>). On an iPhone:
            tap the tabs button, then Private.
          </li>
          <li>
            <strong>Firefox</strong>: menu (three lines) → New private window. Keyboard: <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+
            <kbd>P</kbd>, or <kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd> on a Mac.
          </li>
          <li>
            <strong>Edge</strong>: menu (three dots) → New InPrivate window (<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>).
          </li>
          <li>
            <strong>Samsung Internet</strong>: tap the tabs button, then Turn on Secret mode.
          </li>
        </ul>

        <h2>Clear your history</h2>
        <p>
          If you did not use a private window, you can remove this site from your history afterwards. Removing only the
          pages of this site can draw less attention than clearing everything.
        </p>
        <ul>
          <li>
            <strong>Chrome</strong>: menu → History (<kbd>Ctrl</kbd>+<kbd>H</kbd>, or <kbd>⌘</kbd>+<kbd>Y</kbd> on a Mac). Tick
            the pages to remove and choose Delete, or choose Delete browsing data to clear a time range. On a phone: three
            dots → History.
          </li>
          <li>
            <strong>Safari</strong>: History → Show All History, select the pages and press Delete; or History → Clear History.
            On an iPhone: open the bookmarks button, then the clock tab, and swipe left on a page to delete it.
          </li>
          <li>
            <strong>Firefox</strong>: menu → History → Manage history; right-click a page and choose Delete Page, or
            &ldquo;Forget About This Site&rdquo; to remove every page of it.
          </li>
          <li>
            <strong>Edge</strong>: menu → History (<kbd>Ctrl</kbd>+<kbd>H</kbd>); hover over a page and choose the cross to
            delete it.
          </li>
          <li>
            <strong>Samsung Internet</strong>: menu → History; press and hold a page, then Delete.
          </li>
        </ul>
        <p>
          If you are in danger now, call your local emergency number. A local support organisation can help you plan how
          to use your phone and computer more safely.
        </p>
      </div>
    </div>
  );
}
