// Dutch abbreviations whose final period belongs to the token (as in UD Dutch: "o.a.", "mr.", "v.Chr.").
// Dotted letter sequences ("m.b.t.", "d.w.z.") and initials ("J.") are recognised by pattern and need
// not be listed; they are listed here when they can end a sentence. Capitalised forms ("Dhr.") are
// found through the lower-case entry. Flags: final = can end a sentence; number = only before a number.
export default `
# titles and ranks
dhr. mgr. mevr. mw. mej. mr. dr. drs. ir. ing. prof. ds.
jhr. st.
gen. lt. lt.gen. lt.-gen. kol. maj. kap. kapt. sgt. adm. brig. cdt. ltz.
# common abbreviations
o.a. o.m. m.b.t. m.b.v. m.i.v. m.n. n.a.v. o.b.v. o.l.v. t.a.v. t.b.v. t.g.v. t.o.v. t.w.v. i.p.v. i.v.m. i.s.m.
bijv. bv. vb. vgl. zgn. z.g. resp. evt. incl. excl. ca. cf. nl. nr. nrs. blz. pag. p. afb. fig. tel.
d.w.z. d.i. m.a.w. a.s. j.l. z.s.m. s.v.p. i.c.m. p.p.
tab. vs. vz. afd. alg. red. verg. vnl. wsch.
jl. final
kg. km. cm. mm. mln. mld. mrd. final
Chr. final
v. n.
jr. final
sr. final
enz. final
etc. final
e.d. final
e.a. final
e.v. final
e.o. final
v.Chr. final
n.Chr. final
# months and days: names can look the same ("Jan"), so only before a number
# words or names when capitalised ("Max."), abbreviations before a number ("max. 5")
ong. gem. max. min. number
jan. number
febr. number
feb. number
mrt. number
apr. number
jun. number
jul. number
aug. number
sep. number
sept. number
okt. number
nov. number
dec. number
`;
