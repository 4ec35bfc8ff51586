// English abbreviations whose final period belongs to the token (as in UD EWT: "Mr.", "U.S.", "etc.").
// Dotted letter sequences ("e.g.", "U.N.") and initials ("J.") are recognised by pattern; they are listed
// here when they can end a sentence. Lower-case forms are found through the listed form when the word
// is all capitals. Flags: final = can end a sentence; number = only before a number.
export default `
# titles and ranks
Mr. Mrs. Ms. Messrs. Dr. Prof. Rev. Hon. Fr. Sr. St. Mt. Ft.
Gen. Lt. Col. Maj. Capt. Cpt. Sgt. Cpl. Pvt. Adm. Cmdr. Brig. Gov. Sen. Rep. Pres. Supt. Det. Insp.
# common abbreviations
e.g. i.e. vs. v. cf. approx. dept. Dept. est. Ave. Blvd. Rd. Univ. Assn. Bros. Ph.D. ext. al. esp. incl. p. pp. vol. Vol.
Inc. final
Ltd. final
Corp. final
Co. final
Jr. final
etc. final
a.m. final
p.m. final
LLC. final
PLC. final
No. number
Nos. number
Art. number
Jan. number
Feb. number
Mar. number
Apr. number
Jun. number
Jul. number
Aug. number
Sep. number
Sept. number
Oct. number
Nov. number
Dec. number
`;
