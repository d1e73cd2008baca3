# s0 title (bone loss is a process: no TREATS; no giving word: no TESTED_IN; suppressing osteoclastic resorption = DOWN osteoclast)
E | s0_au | COMPOUND | Aucubin | -
E | s0_mice | ORGANISM | C57BL/6 mice | -
E | s0_oc | CELL_TYPE | osteoclast | -
R | DOWN | s0_au | s0_oc
# s1 background
E | s1_pmo | DISEASE | Postmenopausal osteoporosis | -
E | s1_est | COMPOUND | estrogen | -
# s2 (iridoid glycoside: appositive descriptor; modulates: neutral)
E | s2_au | COMPOUND | Aucubin | -
E | s2_AU | COMPOUND | AU | -
E | s2_eu | ORGANISM | Eucommia ulmoides | -
E | s2_pa | ORGANISM | Plantago asiatica | -
E | s2_ob | CELL_TYPE | osteoblast | -
E | s2_oc | CELL_TYPE | osteoclast | -
# s3 purpose (whether-question: no TREATS; study aim with a system: TESTED_IN)
E | s3_AU | COMPOUND | AU | -
E | s3_ovx | ORGANISM | ovariectomized (OVX) mice | -
R | TI | s3_AU | s3_ovx
# s4 methods (groups; duration shared by both treated arms)
E | s4_mice | ORGANISM | C57BL/6 mice | -
E | s4_AU | COMPOUND | AU | -
E | s4_c1 | CONCENTRATION | 5, 10 or 20 mg kg−1 day−1 | - | 5,10,20 mg/kg/d
E | s4_e2l | COMPOUND | 17β-estradiol | -
E | s4_e2 | COMPOUND | E2 | -
E | s4_c2 | CONCENTRATION | 0.1 mg kg−1 day−1 | - | 0.1 mg/kg/d
E | s4_d | DURATION | 8 weeks | -
R | TI | s4_AU | s4_mice
R | TI | s4_e2l | s4_mice
R | CONC | s4_AU | s4_c1
R | CONC | s4_e2l | s4_c2
R | DUR | s4_AU | s4_d
R | DUR | s4_e2l | s4_d
# s5 measurements (H&E stain = assay reagent)
E | s5_he | COMPOUND | H&E | -
E | s5_trapl | GENE | tartrate-resistant acid phosphatase | -
E | s5_trap | GENE | TRAP | -
E | s5_ctxl | GENE | C-terminal telopeptide of type I collagen | -
E | s5_ctx | GENE | CTX-1 | -
E | s5_p1npl | GENE | procollagen type I N-terminal propeptide | -
E | s5_p1np | GENE | P1NP | -
# s6 OVX procedure: nothing
# s7
E | s7_AU | COMPOUND | AU | -
E | s7_c | CONCENTRATION | 10 and 20 mg kg−1 day−1 | - | 10,20 mg/kg/d
E | s7_e2 | COMPOUND | E2 | -
R | CONC | s7_AU | s7_c
# s8 (bare "10" without unit not a mention)
E | s8_AU | COMPOUND | AU | -
E | s8_oc | CELL_TYPE | osteoclast | -
E | s8_ctx | GENE | CTX-1 | -
E | s8_c | CONCENTRATION | 20 mg kg−1 day−1 | - | 20 mg/kg/d
E | s8_p1np | GENE | P1NP | -
R | DOWN | s8_AU | s8_oc
R | DOWN | s8_AU | s8_ctx
R | CONC | s8_AU | s8_c
# s9 (effect denied: concentration only)
E | s9_AU | COMPOUND | AU | -
E | s9_c | CONCENTRATION | 5 mg kg−1 day−1 | - | 5 mg/kg/d
R | CONC | s9_AU | s9_c
# s10 negated
E | s10_e2 | COMPOUND | E2 | -
E | s10_AU | COMPOUND | AU | -
# s11 conclusion
E | s11_AU | COMPOUND | AU | -
E | s11_oc | CELL_TYPE | osteoclast | -
E | s11_pmo | DISEASE | postmenopausal osteoporosis | -
R | DOWN | s11_AU | s11_oc
R | TREATS | s11_AU | s11_pmo
