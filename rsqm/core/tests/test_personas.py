from rsqm.testing.personas import PERSONAS


def test_the_cast_has_every_persona(cast):
    assert set(cast.users) == set(PERSONAS)
    assert cast["assessor"].is_assessor
    assert cast["staff_registrar"].has_perm("accounts.duty_registrar")
    assert not cast["staff_registrar"].has_perm("accounts.duty_finance")
