import pytest


@pytest.mark.parametrize(
    "path",
    ["/en/", "/es/", "/en/centers/", "/es/centros/"],
    ids=["home-en", "home-es", "centers-en", "centers-es"],
)
def test_site_tree_pages_render(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 200
