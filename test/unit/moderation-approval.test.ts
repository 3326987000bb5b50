/** The two-step rule for flagged text and the child's status words (shared/moderation). */
import { describe, expect, it } from "vitest";
import { checkApproval, sameWords, seatItemStatus, SEAT_ITEM_STATUSES } from "../../shared/moderation/index.js";
import { flagText } from "../../shared/safeguarding/index.js";

describe("checkApproval", () => {
  const flag = flagText("pappa slår meg")!;
  it("lets unflagged text through as written", () => {
    expect(checkApproval(null, "Hva er angst?", "Hva er angst?", undefined)).toBeNull();
  });
  it("refuses a flagged text shown as written without the confirmation", () => {
    expect(flag.categories[0]).toBe("violence");
    expect(checkApproval(flag, "pappa slår meg", "pappa slår meg", undefined)).toMatchObject({ code: "FLAG_CONFIRM_REQUIRED" });
    // Capitals, accents folded, punctuation and spacing do not make a rephrase.
    expect(checkApproval(flag, "pappa slår meg", "  Pappa SLAR meg!! ", undefined)).toMatchObject({ code: "FLAG_CONFIRM_REQUIRED" });
  });
  it("refuses a confirmation that names another flag", () => {
    expect(checkApproval(flag, "pappa slår meg", "pappa slår meg", "self-blame")).toMatchObject({ code: "FLAG_CONFIRM_REQUIRED" });
  });
  it("accepts a rephrase, or the confirmation naming the flag", () => {
    expect(checkApproval(flag, "pappa slår meg", "Noen lurer på hva man gjør ved vold hjemme", undefined)).toBeNull();
    expect(checkApproval(flag, "pappa slår meg", "pappa slår meg", "violence")).toBeNull();
  });
  it("sameWords compares the words only", () => {
    expect(sameWords("Hva er angst?", "hva er angst")).toBe(true);
    expect(sameWords("Hva er angst?", "Hva er egentlig angst?")).toBe(false);
  });
});

describe("seatItemStatus: one place for what a child is told", () => {
  it("tells the truth for each case", () => {
    expect(seatItemStatus({ status: "held" })).toBe("sent");
    expect(seatItemStatus({ status: "approved" })).toBe("shown");
    expect(seatItemStatus({ status: "approved", rephrased: true })).toBe("rephrased");
    expect(seatItemStatus({ status: "answered", rephrased: true })).toBe("answered");
    expect(seatItemStatus({ status: "held", merged: true })).toBe("merged");
    expect(seatItemStatus({ status: "approved", merged: true })).toBe("merged");
    expect(seatItemStatus({ status: "held", takenDown: true })).toBe("takenDown");
    expect(seatItemStatus({ status: "discarded", takenDown: true })).toBe("takenDown");
    expect(seatItemStatus({ status: "discarded" })).toBe("read");
    expect(seatItemStatus({ status: "later" })).toBe("read");
    expect(new Set(SEAT_ITEM_STATUSES).size).toBe(7);
  });
});
